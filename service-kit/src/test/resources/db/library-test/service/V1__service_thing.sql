create table service_thing (id integer primary key);
