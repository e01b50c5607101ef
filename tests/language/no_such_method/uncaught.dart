// An uncaught NoSuchMethodError from a dynamic getter is reported with Dart's text.
class Plain {}

void main() {
  dynamic p = Plain();
  print(p.nothing); // expect runtime error: NoSuchMethodError: Class 'Plain' has no instance getter 'nothing'.
}
