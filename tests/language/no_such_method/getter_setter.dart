// Missing getters and setters reach noSuchMethod as getter and setter invocations.
class Bag {
  final Map<Symbol, dynamic> values = {};

  @override
  dynamic noSuchMethod(Invocation i) {
    if (i.isGetter) return values[i.memberName];
    if (i.isSetter) {
      print("set ${i.memberName} = ${i.positionalArguments[0]}");
      return null;
    }
    return super.noSuchMethod(i);
  }
}

void main() {
  dynamic b = Bag();
  b.color = "red";
  print(b.color);
  b.values[#size] = 3;
  print(b.size);
  // expect: set Symbol("color=") = red
  // expect: null
  // expect: 3
}
