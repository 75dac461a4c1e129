-- bmad-todo-app: undo the initial migration (drops every table and enum type it created).
DROP TABLE IF EXISTS subtasks CASCADE;
DROP TABLE IF EXISTS task_labels CASCADE;
DROP TABLE IF EXISTS labels CASCADE;
DROP TABLE IF EXISTS tasks CASCADE;
DROP TABLE IF EXISTS users CASCADE;
