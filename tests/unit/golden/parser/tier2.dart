// Tier-2 forms the parser accepts for later issues: directives, async and generators, mixins,
// extensions and enhanced enums.
library app.main;

import 'dart:async';
import 'dart:math' as math;
import 'package:foo/foo.dart' show Foo, Bar hide Baz;
import 'lib.dart' deferred as lazy;
export 'src/a.dart' show A;
part 'part.dart';

Future<int> fetch() async {
  var v = await compute();
  await for (var event in stream) {
    print(event);
  }
  return v + await other();
}

Future<void> arrow() async => await fetch();

Iterable<int> count(int n) sync* {
  for (var i = 0; i < n; i++) yield i;
  yield* [n];
}

Stream<int> ticks() async* {
  yield 1;
  yield* other();
}

mixin Walker on Animal implements Mover {
  int steps = 0;
  void walk() => steps++;
}

class Dog extends Animal with Walker, Barker {}

extension StringX on String {
  bool get isBlank => trim().isEmpty;
  String repeat(int n) => this * n;
}

extension on int {
  int get twice => this * 2;
}

extension ListX<T> on List<T> {
  T? get firstOrNull => isEmpty ? null : first;
}

enum Planet implements Comparable<Planet> {
  mercury(3.3e23, 2.4e6),
  earth.named(5.9e24),
  pluto(1.3e22, 1.1e6, dwarf: true);

  final double mass;
  final double radius;
  final bool dwarf;
  const Planet(this.mass, this.radius, {this.dwarf = false});
  const Planet.named(this.mass)
      : radius = 0,
        dwarf = false;
  int compareTo(Planet other) => mass.compareTo(other.mass);
}

void main() {
  var await = 1;
  var yield = 2;
  var async = await + yield;
}
