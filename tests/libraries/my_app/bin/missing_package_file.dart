// A package: URI naming a file that does not exist is a compile error naming the URI.
import 'package:greeting/no_such_file.dart'; // expect error: Error when reading 'package:greeting/no_such_file.dart': No such file or directory

void main() {}
