// A sealed class is implicitly abstract: constructing it is a compile error, as in Dart.
sealed class Result {}

class Ok extends Result {}

void main() {
  print(Ok());
  print(Result()); // expect error: The class 'Result' is abstract and can't be instantiated.
}
