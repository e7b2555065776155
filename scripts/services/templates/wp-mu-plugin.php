<?php
/**
 * Plugin Name: Vigie test site
 * Description: Vigie's local test WordPress (scripts/services/up.sh). Chooses the block or the classic editor on demand, and keeps pages from calling wordpress.org (there is no network here).
 *
 * Editor:
 * - option vigie_editor = 'classic': every post type opens in the classic editor (scripts/services/wp.sh editor classic);
 *   'block' or unset: the block editor, as WordPress does by default (scripts/services/wp.sh editor block).
 * - per request: post-new.php?classic-editor=1 or post.php?post=ID&action=edit&classic-editor=1 opens the classic
 *   editor whatever the option says; it is kept across Save/Publish (hidden field + redirect), like the Classic Editor plugin.
 */

if (!defined('ABSPATH')) {
	exit;
}

function vigie_wants_classic_editor() {
	if (get_option('vigie_editor') === 'classic') {
		return true;
	}
	return is_admin() && !empty($_REQUEST['classic-editor']);
}

add_filter('use_block_editor_for_post', function ($use) {
	return vigie_wants_classic_editor() ? false : $use;
}, 100);
add_filter('use_block_editor_for_post_type', function ($use) {
	return vigie_wants_classic_editor() ? false : $use;
}, 100);

add_action('edit_form_top', function () {
	if (!empty($_REQUEST['classic-editor'])) {
		echo '<input type="hidden" name="classic-editor" value="1" />';
	}
});
add_filter('redirect_post_location', function ($location) {
	if (!empty($_REQUEST['classic-editor'])) {
		$location = add_query_arg('classic-editor', '1', $location);
	}
	return $location;
});

// No emoji script or s.w.org prefetch: the browsers in the tests have no network.
remove_action('wp_head', 'print_emoji_detection_script', 7);
remove_action('admin_print_scripts', 'print_emoji_detection_script');
remove_action('wp_print_styles', 'print_emoji_styles');
remove_action('admin_print_styles', 'print_emoji_styles');
add_filter('emoji_svg_url', '__return_false');
