// Checks the compile error for creating an instance of an abstract class.
abstract class Shape {
  double area();
}

void main() {
  var s = Shape(); // expect error: The class 'Shape' is abstract and can't be instantiated.
  print(s);
}
