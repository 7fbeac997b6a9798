-- Call questions built by admins (issue 14): earlier versions of a call's questions that someone answered,
-- kept so every answer shows the wording its contributor answered.
alter table calls add column if not exists question_history jsonb not null default '[]'::jsonb;
