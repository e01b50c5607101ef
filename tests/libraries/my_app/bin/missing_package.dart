// A package the configuration does not list is a compile error naming it.
import 'package:nowhere/nowhere.dart'; // expect error: Couldn't resolve the package 'nowhere' in 'package:nowhere/nowhere.dart'.

void main() {}
