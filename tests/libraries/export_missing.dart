// Exporting a file that does not exist is a compile error naming it.
export 'no_such_export.dart'; // expect error: Error when reading 'no_such_export.dart': No such file or directory

void main() {}
