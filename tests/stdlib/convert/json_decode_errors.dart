// Checks the FormatException message and offset of malformed JSON, as Dart's parser reports.
import 'dart:convert';

void check(String source) {
  try {
    jsonDecode(source);
    print("no error");
  } on FormatException catch (e) {
    print("${e.message} @${e.offset}");
  }
}

void main() {
  check('{"a" 1}'); // expect: Unexpected character @5
  check('[1,]'); // expect: Unexpected character @3
  check(''); // expect: Unexpected end of input @0
  check('[1'); // expect: Unexpected end of input @2
  check('"abc'); // expect: Unterminated string @4
  check('tru'); // expect: Unexpected end of input @3
  check('trux'); // expect: Unexpected character @0
  check('-x'); // expect: Missing expected digit @1
  check('01'); // expect: Unexpected character @1
  check('1.'); // expect: Unterminated number literal @2
  check('1.x'); // expect: Unexpected character @2
  check('1e+'); // expect: Unterminated number literal @3
  check('1ex'); // expect: Missing expected digit @2
  check(r'"\x"'); // expect: Unrecognized string escape @3
  check(r'"\u12G4"'); // expect: Invalid unicode escape @2
  check('"a\nb"'); // expect: Control character in string @2
  check('1 2'); // expect: Unexpected character @2
  check('{"a":1,}'); // expect: Unexpected character @7
  check('[1}'); // expect: Unexpected character @2
  check('{1:2}'); // expect: Unexpected character @1
  check('nul'); // expect: Unexpected end of input @3
  check('[1] x'); // expect: Unexpected character @4
}
