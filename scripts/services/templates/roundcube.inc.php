<?php
// Vigie's local test webmail (scripts/services/up.sh), included at the end of Debian's config.inc.php.
// IMAP and SMTP on loopback without TLS or SMTP auth (Postfix trusts 127.0.0.0/8 and delivers everything locally).
$config['imap_host'] = '127.0.0.1:@IMAP_PORT@';
$config['smtp_host'] = '127.0.0.1:@SMTP_PORT@';
$config['smtp_user'] = '';
$config['smtp_pass'] = '';
// A login "agent" is the mailbox agent@@MAIL_DOMAIN@; new users get that address as their identity.
$config['username_domain'] = '@MAIL_DOMAIN@';
$config['mail_domain'] = '@MAIL_DOMAIN@';
$config['product_name'] = 'Primogest Webmail';
$config['skin'] = 'elastic';
$config['enable_installer'] = false;
$config['ip_check'] = false;
$config['login_rate_limit'] = 0;
$config['drafts_mbox'] = 'Drafts';
$config['sent_mbox'] = 'Sent';
$config['trash_mbox'] = 'Trash';
$config['junk_mbox'] = 'Junk';
$config['smtp_log'] = true;
