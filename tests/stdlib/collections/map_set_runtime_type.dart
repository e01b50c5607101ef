// Maps and sets made by literals and the default constructors are the VM's _Map and _Set, as
// in the Dart VM: runtimeType and failed casts name them with their type arguments.
void main() {
  print(<String, int>{'a': 1}.runtimeType);
  print(<int>{1}.runtimeType);
  print(Map<String, int>().runtimeType);
  print(Set<String>().runtimeType);
  try {
    Object m = <String, int>{'a': 1};
    m as Map<String, String>;
  } catch (e) {
    print(e);
  }
  try {
    Object s = <int>{1};
    s as Set<String>;
  } catch (e) {
    print(e);
  }
}
// expect: _Map<String, int>
// expect: _Set<int>
// expect: _Map<String, int>
// expect: _Set<String>
// expect: type '_Map<String, int>' is not a subtype of type 'Map<String, String>' in type cast
// expect: type '_Set<int>' is not a subtype of type 'Set<String>' in type cast
