DROP TABLE permits;
