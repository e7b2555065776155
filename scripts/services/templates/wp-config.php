<?php
/* Vigie's local test WordPress (scripts/services/up.sh). Test-only credentials; loopback only.
 * Read by Debian's /usr/share/wordpress/wp-config.php for the host @WP_HOST@. */
define('DB_NAME', '@WP_DB@');
define('DB_USER', '@WP_DB_USER@');
define('DB_PASSWORD', '@WP_DB_PW@');
define('DB_HOST', 'localhost');
define('DB_CHARSET', 'utf8mb4');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('WP_HOME', 'http://@WP_HOST@:@WP_PORT@');
define('WP_SITEURL', 'http://@WP_HOST@:@WP_PORT@');
define('WP_ENVIRONMENT_TYPE', 'local');
/* No network here: never call wordpress.org (update checks, news, patterns), no cron loopback requests. */
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('WP_ALLOW_MULTISITE', false);
define('FS_METHOD', 'direct');
define('WP_DEBUG', false);
