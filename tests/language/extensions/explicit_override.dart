// An explicit extension application E(x).m() calls E's member even when the class has one.
class Box {
  String describe() => "Box";
}

extension Fancy on Box {
  String describe() => "Fancy box";
  String get tag => "<${describe()}>";
}

void main() {
  var b = Box();
  print(b.describe());
  print(Fancy(b).describe());
  print(Fancy(b).tag);
  // expect: Box
  // expect: Fancy box
  // expect: <Fancy box>
}
