// queryParameters decodes keys and values ('+' is a space); queryParametersAll keeps repeats.
void main() {
  var u = Uri.parse('http://h/?a=1&b=x+y&c=%26&flag&a=2');
  print(u.queryParameters);
  print(u.queryParameters['b']);
  print(u.queryParametersAll);
  print(Uri.splitQueryString('k=v&=skipped&e='));
}
// expect: {a: 2, b: x y, c: &, flag: }
// expect: x y
// expect: {a: [1, 2], b: [x y], c: [&], flag: []}
// expect: {k: v, e: }
