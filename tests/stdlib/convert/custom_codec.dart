// Checks that user classes can extend Codec and Converter and fuse with the built-in codecs.
import 'dart:convert';

class Reverse extends Converter<String, String> {
  const Reverse();
  String convert(String input) => input.split("").reversed.join();
}

class ReverseCodec extends Codec<String, String> {
  Converter<String, String> get encoder => const Reverse();
  Converter<String, String> get decoder => const Reverse();
}

void main() {
  var codec = ReverseCodec();
  print(codec.encode("abc")); // expect: cba
  print(codec.fuse(utf8).encode("ab")); // expect: [98, 97]
  print(const Reverse().fuse(const Reverse()).convert("xyz")); // expect: xyz
  print(codec.inverted.decode("dog")); // expect: god
}
