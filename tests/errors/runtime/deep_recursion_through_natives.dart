// Recursion that goes through C++ (toString called by interpolation, == by List.contains,
// hashCode by a Map, noSuchMethod, Function.apply) nests the interpreter's dispatch loop on
// the thread's C++ stack. It ends in StackOverflowError before that stack runs out, in every
// build (the large frames of sanitizer builds overflowed it first) and in spawned isolates.
// skip under gc-stress: thousands of nested frames that allocate, with a collection at each step
import 'dart:isolate';

class Loop {
  String toString() => 'loop $this';
}

class SelfEqual {
  bool operator ==(Object other) => this == other;
  int get hashCode => 1;
}

class SelfHash {
  int get hashCode => {this: 1}.length;
}

class Forward {
  noSuchMethod(Invocation i) => (this as dynamic).missing;
}

int apply(int n) => Function.apply(apply, [n + 1]) as int;

void attempt(String what, void Function() body) {
  try {
    body();
    print('$what: no error');
  } on StackOverflowError {
    print('$what: StackOverflowError');
  }
}

void all(Object? _) {
  attempt('toString', () => '${Loop()}');
  attempt('==', () => [SelfEqual()].contains(SelfEqual()));
  attempt('hashCode', () => {SelfHash(): 1});
  attempt('noSuchMethod', () => (Forward() as dynamic).missing);
  attempt('Function.apply', () => apply(0));
}

void main() async {
  all(null);
  // expect: toString: StackOverflowError
  // expect: ==: StackOverflowError
  // expect: hashCode: StackOverflowError
  // expect: noSuchMethod: StackOverflowError
  // expect: Function.apply: StackOverflowError
  var exit = ReceivePort();
  await Isolate.spawn(all, null, onExit: exit.sendPort);
  await exit.first;
  // expect: toString: StackOverflowError
  // expect: ==: StackOverflowError
  // expect: hashCode: StackOverflowError
  // expect: noSuchMethod: StackOverflowError
  // expect: Function.apply: StackOverflowError
}
