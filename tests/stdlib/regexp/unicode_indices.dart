// Checks that match indices are UTF-16 indices even for non-ASCII and astral input.
void main() {
  var words = RegExp(r'\w+').allMatches('héllo wörld 😀 ok');
  print(words.map((m) => '${m.start}-${m.end}:${m[0]}').toList()); // expect: [0-1:h, 2-5:llo, 6-7:w, 8-11:rld, 15-17:ok]
  print(RegExp('😀+').firstMatch('x😀😀y')!.end); // expect: 5
  print(RegExp('é(.)').firstMatch('aé😀z')!.group(1)!.length); // expect: 2
  print('😀a😀'.replaceAll(RegExp('a'), 'b')); // expect: 😀b😀
  print(RegExp(r'\u00e9').hasMatch('café')); // expect: true
  print(RegExp('ö').allMatches('öxö').map((m) => m.start).toList()); // expect: [0, 2]
}
