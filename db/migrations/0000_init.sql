CREATE TABLE `entry` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`category` text NOT NULL,
	`regions` text DEFAULT '[]' NOT NULL,
	`english` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`description_ko` text DEFAULT '' NOT NULL,
	`difference` text NOT NULL,
	`confidence` text NOT NULL,
	`status` text DEFAULT 'approved' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entry_slug_unique` ON `entry` (`slug`);--> statement-breakpoint
CREATE INDEX `entry_category_idx` ON `entry` (`category`);--> statement-breakpoint
CREATE INDEX `entry_difference_idx` ON `entry` (`difference`);--> statement-breakpoint
CREATE TABLE `entry_name` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`side` text NOT NULL,
	`hangul` text NOT NULL,
	`hanja` text,
	`status` text DEFAULT 'current' NOT NULL,
	`note` text,
	`attested` text,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `entry`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `entry_name_entry_idx` ON `entry_name` (`entry_id`);--> statement-breakpoint
CREATE INDEX `entry_name_hangul_idx` ON `entry_name` (`hangul`);--> statement-breakpoint
CREATE TABLE `entry_relation` (
	`from_entry_id` integer NOT NULL,
	`to_entry_id` integer NOT NULL,
	`relation` text NOT NULL,
	PRIMARY KEY(`from_entry_id`, `to_entry_id`, `relation`),
	FOREIGN KEY (`from_entry_id`) REFERENCES `entry`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_entry_id`) REFERENCES `entry`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `entry_relation_to_idx` ON `entry_relation` (`to_entry_id`);--> statement-breakpoint
CREATE TABLE `name_source` (
	`name_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	PRIMARY KEY(`name_id`, `source_id`),
	FOREIGN KEY (`name_id`) REFERENCES `entry_name`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `source`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `photo` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer,
	`file` text NOT NULL,
	`author` text NOT NULL,
	`license` text NOT NULL,
	`license_url` text NOT NULL,
	`source_url` text,
	`alt_en` text NOT NULL,
	`alt_ko` text,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`cropped` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`uploader_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `entry`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `photo_file_unique` ON `photo` (`file`);--> statement-breakpoint
CREATE INDEX `photo_entry_idx` ON `photo` (`entry_id`);--> statement-breakpoint
CREATE TABLE `revision` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`version` integer NOT NULL,
	`user_id` integer,
	`author` text NOT NULL,
	`summary` text NOT NULL,
	`before` text,
	`after` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `entry`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `revision_entry_version_unique` ON `revision` (`entry_id`,`version`);--> statement-breakpoint
CREATE TABLE `source` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text,
	`citation` text NOT NULL,
	`url` text,
	`publisher` text,
	`year` text,
	`reliability` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `source_key_unique` ON `source` (`key`);