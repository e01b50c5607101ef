// Imports the library that imports it: cycles are allowed.
import 'shapes_lib.dart';

int cycleValue() => Square(1).area;
