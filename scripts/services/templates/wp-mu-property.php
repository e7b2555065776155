<?php
/**
 * Plugin Name: Vigie test site: properties
 * Description: A "property" post type edited in the classic editor, as real-estate themes and plugins register it (show_in_rest false: WordPress then never offers the block editor for it, use_block_editor_for_post_type() in wp-includes/post.php). Lets the browser tests check Vigie on the classic editor's form#post.
 */

if (!defined('ABSPATH')) {
	exit;
}

add_action('init', function () {
	register_post_type('property', array(
		'labels'       => array(
			'name'          => 'Properties',
			'singular_name' => 'Property',
			'add_new_item'  => 'Add New Property',
			'edit_item'     => 'Edit Property',
		),
		'public'       => true,
		'has_archive'  => true,
		'rewrite'      => array('slug' => 'biens'),
		'menu_icon'    => 'dashicons-building',
		'supports'     => array('title', 'editor', 'excerpt', 'thumbnail'),
		'show_in_rest' => false,
	));
});
