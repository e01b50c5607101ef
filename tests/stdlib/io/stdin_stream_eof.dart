// stdin as a Stream<List<int>>: at the end of input it is done without data.
import 'dart:io';

void main() {
  int chunks = 0;
  stdin.listen((List<int> data) {
    chunks++;
  }, onDone: () {
    print("done after $chunks chunks");
  });
  print("listening");
}
// expect: listening
// expect: done after 0 chunks
