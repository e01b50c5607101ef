// Type arguments reach instance, static, overriding and dynamically called generic methods.
class Box {
  bool holds<T>(Object? x) => x is T;
  static String name<T>() => '$T';
}

class LoudBox extends Box {
  @override
  bool holds<T>(Object? x) {
    print('checking for $T');
    return x is T;
  }
}

extension Probe on Object {
  bool probe<T>() => this is T;
}

void main() {
  Box box = Box();
  print(box.holds<int>(1)); // expect: true
  print(box.holds<int>('1')); // expect: false
  print(Box.name<double>()); // expect: double
  Box loud = LoudBox();
  print(loud.holds<String>('s'));
  // expect: checking for String
  // expect: true
  dynamic d = Box();
  print(d.holds<bool>(true)); // expect: true
  print(d.holds<bool>(0)); // expect: false
  print(3.probe<int>()); // expect: true
  print(3.probe<String>()); // expect: false
  var local = <T>(Object? x) => x is T;
  print(local<int>(2)); // expect: true
  print(local<int>(2.5)); // expect: false
}
