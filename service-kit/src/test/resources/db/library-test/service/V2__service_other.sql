create table service_other (id integer primary key);
