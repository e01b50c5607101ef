// Checks RegExp matching, group names and String pattern methods while collecting on every
// allocation (the natives must keep what they allocate rooted).
// flags: --gc-stress --verify-heap
void main() {
  var re = RegExp(r'(?<k>[^=, ]+)=(?<v>\d+)');
  var total = 0;
  var keys = <String>[];
  for (var m in re.allMatches('a=1, bé=22, c=333')) {
    keys.add(m.namedGroup('k')!);
    total += int.parse(m.namedGroup('v')!);
  }
  print(keys); // expect: [a, bé, c]
  print(total); // expect: 356
  print(m2()); // expect: [x, y, z]
  print('a1b2'.replaceAllMapped(RegExp(r'\d'), (m) => '<${m[0]}>')); // expect: a<1>b<2>
  print(re.firstMatch('zz=9')!.groupNames.toList()); // expect: [k, v]
}

List<String> m2() => 'x,y;z'.split(RegExp('[,;]'));
