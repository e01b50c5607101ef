// Inventory loaded from JSON: fromJson factories, toJson, JsonEncoder.withIndent, utf8 and base64 round trips.
import 'dart:convert';

enum Category {
  tools('T', 0.2),
  food('F', 0.05),
  toys('Y', 0.1);

  final String code;
  final double taxRate;
  const Category(this.code, this.taxRate);

  static Category fromCode(String code) =>
      values.firstWhere((c) => c.code == code, orElse: () => throw ArgumentError.value(code, 'code'));
}

class Item {
  final String sku;
  final String name;
  final int cents;
  final int quantity;
  final Category category;
  final List<String> tags;

  Item(this.sku, this.name, this.cents, this.quantity, this.category, [this.tags = const []]);

  factory Item.fromJson(Map<String, dynamic> json) => Item(
        json['sku'] as String,
        json['name'] as String,
        (json['price'] as num * 100).round(),
        json['qty'] as int? ?? 0,
        Category.fromCode(json['cat'] as String),
        (json['tags'] as List<dynamic>?)?.cast<String>() ?? const [],
      );

  Map<String, dynamic> toJson() => {
        'sku': sku,
        'name': name,
        'price': cents / 100,
        'qty': quantity,
        'cat': category.code,
        if (tags.isNotEmpty) 'tags': tags,
      };

  double get total => cents * quantity / 100;
  double get tax => total * category.taxRate;
}

const source = '''
[
  {"sku": "A-1", "name": "Hammer", "price": 12.5, "qty": 3, "cat": "T", "tags": ["steel", "heavy"]},
  {"sku": "B-7", "name": "Apple \\u00e9", "price": 0.35, "qty": 120, "cat": "F"},
  {"sku": "C-3", "name": "Yo-yo", "price": 2, "cat": "Y", "tags": []},
  {"sku": "D-9", "name": "Saw", "price": 19.99, "qty": 1, "cat": "T", "extra": null}
]
''';

void main() {
  final decoded = jsonDecode(source) as List<dynamic>;
  final items = decoded.map((e) => Item.fromJson(e as Map<String, dynamic>)).toList();
  for (final item in items) {
    print('${item.sku.padRight(4)} ${item.name.padRight(9)} '
        '${item.total.toStringAsFixed(2).padLeft(8)} tax ${item.tax.toStringAsFixed(3)}');
  }
  final byCategory = <Category, List<Item>>{};
  for (final item in items) {
    byCategory.putIfAbsent(item.category, () => []).add(item);
  }
  byCategory.forEach((cat, list) {
    print('$cat (${cat.name}, #${cat.index}): ${list.map((i) => i.name).join(', ')}');
  });
  final grand = items.fold<double>(0, (sum, i) => sum + i.total + i.tax);
  print('grand total: ${grand.toStringAsFixed(2)}');

  print(jsonEncode(items.first));
  print(const JsonEncoder.withIndent('  ').convert(items.take(2).toList()));
  print(jsonEncode({'n': null, 'b': true, 'd': 1.0, 'i': -3, 'e': 1e21, 's': 'tab\t"q"\n', 'l': []}));
  print(jsonEncode({'nested': {'a': [1, {'b': {}}]}}));
  final pretty = JsonEncoder.withIndent('\t', (o) => o.toString()).convert({'when': DateTime.utc(2024, 2, 29), 'x': [1]});
  print(pretty);

  final raw = jsonDecode('{"a": 1.0, "b": 10, "c": 1e2, "d": -0.0, "big": 12345678901234567890}');
  raw.forEach((k, v) => print('$k: $v (${v.runtimeType})'));

  try {
    jsonDecode('{"a": [1, 2,]}');
  } on FormatException catch (e) {
    print('bad json: ${e.message}');
  }
  try {
    Category.fromCode('Z');
  } catch (e) {
    print(e);
  }

  final bytes = utf8.encode('Grüße, 世界!');
  print('${bytes.length} bytes: ${bytes.take(8).toList()}');
  print(utf8.decode(bytes));
  final b64 = base64.encode(bytes);
  print(b64);
  print(utf8.decode(base64.decode(b64)) == 'Grüße, 世界!');
  print(base64Url.encode([251, 255, 190]));
  print(base64.encode(utf8.encode('ab')));
  final fused = utf8.fuse(base64);
  print(fused.encode('hello'));
  print(fused.decode('aGVsbG8='));
  print(latin1.encode('é'));
  print(ascii.decode([72, 105]));
  print(const LineSplitter().convert('a\r\nb\nc').toList());
}

// expect: A-1  Hammer       37.50 tax 7.500
// expect: B-7  Apple é      42.00 tax 2.100
// expect: C-3  Yo-yo         0.00 tax 0.000
// expect: D-9  Saw          19.99 tax 3.998
// expect: Category.tools (tools, #0): Hammer, Saw
// expect: Category.food (food, #1): Apple é
// expect: Category.toys (toys, #2): Yo-yo
// expect: grand total: 113.09
// expect: {"sku":"A-1","name":"Hammer","price":12.5,"qty":3,"cat":"T","tags":["steel","heavy"]}
// expect: [
// expect:   {
// expect:     "sku": "A-1",
// expect:     "name": "Hammer",
// expect:     "price": 12.5,
// expect:     "qty": 3,
// expect:     "cat": "T",
// expect:     "tags": [
// expect:       "steel",
// expect:       "heavy"
// expect:     ]
// expect:   },
// expect:   {
// expect:     "sku": "B-7",
// expect:     "name": "Apple é",
// expect:     "price": 0.35,
// expect:     "qty": 120,
// expect:     "cat": "F"
// expect:   }
// expect: ]
// expect: {"n":null,"b":true,"d":1.0,"i":-3,"e":1e+21,"s":"tab\t\"q\"\n","l":[]}
// expect: {"nested":{"a":[1,{"b":{}}]}}
// expect: {
// expect: 	"when": "2024-02-29 00:00:00.000Z",
// expect: 	"x": [
// expect: 		1
// expect: 	]
// expect: }
// expect: a: 1.0 (double)
// expect: b: 10 (int)
// expect: c: 100.0 (double)
// expect: d: -0.0 (double)
// expect: big: 12345678901234567000.0 (double)
// expect: bad json: Unexpected character
// expect: Invalid argument (code): "Z"
// expect: 16 bytes: [71, 114, 195, 188, 195, 159, 101, 44]
// expect: Grüße, 世界!
// expect: R3LDvMOfZSwg5LiW55WMIQ==
// expect: true
// expect: -_--
// expect: YWI=
// expect: aGVsbG8=
// expect: hello
// expect: [233]
// expect: Hi
// expect: [a, b, c]
