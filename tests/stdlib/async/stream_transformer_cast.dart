// StreamTransformer.cast and castFrom: the transformer's input is cast to its own input type
// and its output to the requested type; a wrong output becomes an error event.
import 'dart:async';

class Bracket extends StreamTransformerBase<int, String> {
  Stream<String> bind(Stream<int> stream) => stream.map((int x) => "<$x>");
}

Future<void> main() async {
  print(await Stream.fromIterable([1, 2]).transform(Bracket().cast<int, String>()).toList());
  // expect: [<1>, <2>]
  var castFrom = StreamTransformer.castFrom<int, String, int, Object>(Bracket());
  print(await castFrom.bind(Stream.value(3)).single); // expect: <3>
  var wrong = Bracket().cast<int, int>();
  var done = Completer<void>();
  wrong.bind(Stream.value(4)).listen(print, onError: (Object e) => print("error: $e"),
      onDone: () => done.complete());
  await done.future; // expect: error: type 'String' is not a subtype of type 'int' in type cast
}
