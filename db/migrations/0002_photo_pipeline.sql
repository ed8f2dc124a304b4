ALTER TABLE `photo` ADD `variants` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `photo` ADD `placeholder` text;--> statement-breakpoint
ALTER TABLE `photo` ADD `source_format` text;--> statement-breakpoint
ALTER TABLE `photo` ADD `stripped_metadata` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `photo` ADD `own_work` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `photo` ADD `proposal_id` integer;--> statement-breakpoint
ALTER TABLE `photo` ADD `reviewer_id` integer;--> statement-breakpoint
ALTER TABLE `photo` ADD `reviewed_at` text;--> statement-breakpoint
CREATE INDEX `photo_status_idx` ON `photo` (`status`);