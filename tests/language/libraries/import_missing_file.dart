// Checks that importing a file that does not exist is a compile error naming it.
import 'no_such_file.dart'; // expect error: Error when reading 'no_such_file.dart': No such file or directory

void main() {
  print('unreachable');
}
