
      CREATE INDEX incidents_followed_up ON incidents (deleted_at, follow_up_due_at, followed_up_at) WHERE followed_up_at IS NOT NULL;
    