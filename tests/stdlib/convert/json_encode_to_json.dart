// Checks that jsonEncode calls toJson on objects it cannot encode, and toEncodable when given.
import 'dart:convert';

class Point {
  final int x, y;
  Point(this.x, this.y);
  Map<String, dynamic> toJson() => {"x": x, "y": y};
}

class Secret {}

void main() {
  print(jsonEncode([Point(1, 2)])); // expect: [{"x":1,"y":2}]
  print(jsonEncode(Secret(), toEncodable: (o) => "secret")); // expect: "secret"
  var encoder = JsonEncoder((o) => o is Secret ? null : o.toString());
  print(encoder.convert({"s": Secret()})); // expect: {"s":null}
  print(jsonEncode({"d": DateTimeLike()})); // expect: {"d":"2020"}
}

class DateTimeLike {
  String toJson() => "2020";
}
