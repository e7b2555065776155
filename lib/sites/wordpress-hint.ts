/** The DOM event by which WordPress's page-world script reports wp.data's post (a JSON string in `detail`). Kept apart so the page-world bundle stays tiny. */
export const WORDPRESS_HINT_EVENT = 'vigie:wordpress-hint';
