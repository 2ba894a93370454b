-- edited after it was applied
create table library_first (id integer primary key, note text);
