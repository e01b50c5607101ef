// Extension method tear-offs: `x.m` where `m` is an extension method is a closure bound to x
// with m's parameters (positional, optional, named, defaults), also through an explicit
// extension application `E(x).m` and as a bare name inside the extension.
extension Chunks<T> on List<T> {
  List<List<T>> chunked(int size, {int skip = 0}) {
    var out = <List<T>>[];
    for (var i = skip; i < length; i += size) {
      out.add(sublist(i, i + size > length ? length : i + size));
    }
    return out;
  }

  int get twice => length * 2;
  List<List<T>> Function(int, {int skip}) selfTearOff() => chunked;
}

extension on String {
  String shout([String suffix = '!']) => toUpperCase() + suffix;
}

class Plain {
  String greet() => 'own';
}

extension Greeting on Plain {
  String wave() => 'wave';
}

void main() {
  var list = [1, 2, 3, 4, 5];
  var f = list.chunked;
  print(f(2)); // expect: [[1, 2], [3, 4], [5]]
  print(f(2, skip: 1)); // expect: [[2, 3], [4, 5]]
  // The receiver is the one at the tear-off.
  list.add(6);
  print(f(3)); // expect: [[1, 2, 3], [4, 5, 6]]
  list = [9];
  print(f(3)); // expect: [[1, 2, 3], [4, 5, 6]]
  print(list.twice); // expect: 2
  print([1, 2, 3].selfTearOff()(2)); // expect: [[1, 2], [3]]
  var g = Chunks([7, 8]).chunked;
  print(g(1)); // expect: [[7], [8]]
  print(['a', 'b'].map('x'.shout).toList()); // expect: [Xa, Xb]
  var s = 'hi'.shout;
  print(s()); // expect: HI!
  print(s('?')); // expect: HI?
  print(s is Function); // expect: true
  // A class's own members still win.
  var p = Plain();
  print(p.greet()); // expect: own
  var w = p.wave;
  print(w()); // expect: wave
}
