ALTER TABLE `entry` ADD `gloss_ko` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `entry` ADD `why_en` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `entry` ADD `why_ko` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `entry_name` ADD `note_ko` text;--> statement-breakpoint
ALTER TABLE `source` ADD `author` text;--> statement-breakpoint
ALTER TABLE `source` ADD `title` text;--> statement-breakpoint
ALTER TABLE `source` ADD `via` text;