// Checks static fields, static methods, static constants and access from instances' methods.
class IdGen {
  static int next = 1;
  static const String prefix = 'id-';
  final String id;

  IdGen() : id = '$prefix${next++}';

  static String peek() => '$prefix$next';
  static void reset() {
    next = 1;
  }

  String describe() => '$id of ${next - 1}';
}

void main() {
  print(IdGen.peek()); // expect: id-1
  var a = IdGen();
  var b = IdGen();
  print(a.id); // expect: id-1
  print(b.id); // expect: id-2
  print(b.describe()); // expect: id-2 of 2
  IdGen.next += 10;
  print(IdGen.next); // expect: 13
  IdGen.reset();
  print(IdGen().id); // expect: id-1
}
