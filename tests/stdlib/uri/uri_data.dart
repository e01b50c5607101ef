// data: URIs: Uri.dataFromBytes, Uri.data and UriData (MIME type, charset, parameters, base64
// and percent-encoded content, Dart's parse errors).
import 'dart:convert';

void main() {
  print(Uri.dataFromBytes([1, 2, 3, 255])); // expect: data:application/octet-stream;base64,AQID/w==
  print(Uri.dataFromBytes([104, 105, 32], mimeType: 'text/plain', percentEncoded: true)); // expect: data:,hi%20
  final d = UriData.parse('data:text/html;charset=utf-8;base64,PGI+aMOpPC9iPg==');
  print([d.mimeType, d.charset, d.isBase64, d.contentAsString()]); // expect: [text/html, utf-8, true, <b>hé</b>]
  final n = Uri.parse('data:,A%20brief%20note').data!;
  print([n.mimeType, n.charset, n.contentText, n.contentAsString()]); // expect: [text/plain, US-ASCII, A%20brief%20note, A brief note]
  print(Uri.parse('https://x').data); // expect: null
  print(Uri.parse('data:text/plain;a=b;charset=utf-8,x').data!.parameters); // expect: {a: b, charset: utf-8}
  print(Uri.dataFromString('hi there').data!.contentAsBytes()); // expect: [104, 105, 32, 116, 104, 101, 114, 101]
  print(UriData.fromBytes([0, 255]).contentAsBytes()); // expect: [0, 255]
  final u = Uri.dataFromString('héllo wörld', mimeType: 'text/plain', encoding: utf8);
  print(u); // expect: data:;charset=utf-8,h%C3%A9llo%20w%C3%B6rld
  print(u.data!.contentAsString()); // expect: héllo wörld
  print(u.data!.contentAsString(encoding: latin1).length); // expect: 13
  print(Uri.parse('data:,a/../b')); // expect: data:,a/../b
  print(UriData.fromString('x', mimeType: 'text/csv').isMimeType('TEXT/CSV')); // expect: true
  for (final bad in ['data:text/plain;bad,x', 'data:a/b/c,x', 'data:abc,x', 'data:;a=b']) {
    try {
      UriData.parse(bad);
    } on FormatException catch (e) {
      print('${e.message} ${e.offset}');
    }
  }
  // expect: Expecting '=' 19
  // expect: Invalid MIME type 8
  // expect: Invalid MIME type 8
  // expect: Expecting '=' 10
}
