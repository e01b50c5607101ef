// -D name=value (and --define=) feed String/int/bool.fromEnvironment, const or not.
// flags: -DNAME=islet -DCOUNT=41 -DFLAG=true -DBAD=x1 --define=EMPTY= -DEQ=a=b
const name = String.fromEnvironment('NAME', defaultValue: 'nobody');
const count = int.fromEnvironment('COUNT');

void main() {
  print(name); // expect: islet
  print(count + 1); // expect: 42
  print(const bool.fromEnvironment('FLAG')); // expect: true
  print(bool.hasEnvironment('NAME')); // expect: true
  print(bool.hasEnvironment('MISSING')); // expect: false
  print('[${const String.fromEnvironment('EMPTY', defaultValue: 'd')}]'); // expect: []
  print(const String.fromEnvironment('EQ')); // expect: a=b
  const bad = int.fromEnvironment('BAD', defaultValue: 7);
  print(bad); // expect: 7
  print(String.fromEnvironment('NAME')); // expect: islet
  print(identical(name, const String.fromEnvironment('NAME'))); // expect: true
}
