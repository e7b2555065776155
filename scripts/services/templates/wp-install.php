<?php
/* Non-interactive WordPress install for Vigie's local test site (run by scripts/services/up.sh with PHP's CLI).
 * Debian 12 has no WP-CLI package: this calls wp_install() as wp-admin/install.php does. Test-only credentials. */
$host = getenv('VIGIE_WP_HOST');
$_SERVER['HTTP_HOST'] = $host;
$_SERVER['SERVER_NAME'] = $host;
$_SERVER['REQUEST_URI'] = '/wp-admin/install.php';
$_SERVER['REQUEST_METHOD'] = 'GET';
define('WP_INSTALLING', true);

// Pluggable: no "your new site" mail at install.
function wp_new_blog_notification() {}

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

if (!is_blog_installed()) {
	$result = wp_install(getenv('VIGIE_WP_TITLE'), getenv('VIGIE_WP_ADMIN'), getenv('VIGIE_WP_ADMIN_EMAIL'), true, '',
		wp_slash(getenv('VIGIE_WP_ADMIN_PW')), 'en_US');
	if (is_wp_error($result)) {
		fwrite(STDERR, 'wp_install failed: ' . $result->get_error_message() . "\n");
		exit(1);
	}
}

update_option('blogdescription', 'Agence immobilière (site de test Vigie)');
update_option('timezone_string', 'Europe/Brussels');
update_option('date_format', 'd/m/Y');
update_option('permalink_structure', '/%postname%/');
update_option('vigie_editor', 'block');
// No Gravatar images (no network here).
update_option('show_avatars', '0');
flush_rewrite_rules(false);

// The block editor opens without its welcome guide (it would cover the editor in the browser tests).
$admin = get_user_by('login', getenv('VIGIE_WP_ADMIN'));
if ($admin) {
	global $wpdb;
	update_user_meta($admin->ID, $wpdb->get_blog_prefix() . 'persisted_preferences', array(
		'core/edit-post' => array('welcomeGuide' => false, 'welcomeGuideTemplate' => false),
		'core/edit-site' => array('welcomeGuide' => false, 'welcomeGuideStyles' => false, 'welcomeGuidePage' => false, 'welcomeGuideTemplate' => false),
		'_modified' => gmdate('c'),
	));
}

update_option('vigie_installed', getenv('VIGIE_WP_SETUP'));
echo "WordPress installed: http://$host\n";
