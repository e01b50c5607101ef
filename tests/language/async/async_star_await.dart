// async* bodies can await between yields, and yield* another stream.
Stream<String> slow() async* {
  for (var i = 0; i < 2; i++) {
    await Future.delayed(Duration(milliseconds: 1));
    yield 'slow $i';
  }
}

Stream<String> combined() async* {
  yield 'first';
  yield* slow();
  yield 'last';
}

Future<void> main() async {
  print(await combined().toList());
}
// expect: [first, slow 0, slow 1, last]
