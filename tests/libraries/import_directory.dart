// Importing something that is not a readable file is a compile error naming it and the OS error.
import '_support/a_folder.dart'; // expect error: Error when reading '_support/a_folder.dart': Is a directory

void main() {}
