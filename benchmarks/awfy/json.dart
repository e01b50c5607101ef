// json.dart: the Are We Fast Yet Json benchmark in Dart, ported from the suite's versions
// (smarr/are-we-fast-yet, benchmarks/{JavaScript,Java,Lua}, MIT license). The parser follows
// the minimal-json Java library (https://github.com/ralfstx/minimal-json). Parses a 25 KB JSON
// document (a RAP protocol message) into JsonValue objects, reading one character at a time.
// Measures string indexing and comparison, method calls and allocation.

import 'benchmark.dart';
import 'som.dart';

class Json extends Benchmark {
  @override
  Object benchmark() => JsonPureStringParser(rapBenchmarkMinified).parse();

  @override
  bool verifyResult(Object r) {
    final result = r as JsonValue;
    if (!result.isObject()) {
      return false;
    }
    if (!result.asObject().get('head')!.isObject()) {
      return false;
    }
    if (!result.asObject().get('operations')!.isArray()) {
      return false;
    }
    return result.asObject().get('operations')!.asArray().size() == 156;
  }
}

class JsonPureStringParser {
  final String _input;
  int _index = -1;
  int _line = 1;
  int _captureStart = -1;
  int _column = 0;
  String? _current;
  String _captureBuffer = '';

  JsonPureStringParser(this._input);

  JsonValue parse() {
    _read();
    _skipWhiteSpace();
    final result = _readValue();
    _skipWhiteSpace();
    if (!_isEndOfText()) {
      throw _error('Unexpected character');
    }
    return result;
  }

  JsonValue _readValue() {
    switch (_current) {
      case 'n':
        return _readNull();
      case 't':
        return _readTrue();
      case 'f':
        return _readFalse();
      case '"':
        return _readString();
      case '[':
        return _readArray();
      case '{':
        return _readObject();
      case '-':
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9':
        return _readNumber();
      default:
        throw _expected('value');
    }
  }

  JsonArray _readArray() {
    _read();
    final array = JsonArray();
    _skipWhiteSpace();
    if (_readChar(']')) {
      return array;
    }
    do {
      _skipWhiteSpace();
      array.add(_readValue());
      _skipWhiteSpace();
    } while (_readChar(','));
    if (!_readChar(']')) {
      throw _expected("',' or ']'");
    }
    return array;
  }

  JsonObject _readObject() {
    _read();
    final object = JsonObject();
    _skipWhiteSpace();
    if (_readChar('}')) {
      return object;
    }
    do {
      _skipWhiteSpace();
      final name = _readName();
      _skipWhiteSpace();
      if (!_readChar(':')) {
        throw _expected("':'");
      }
      _skipWhiteSpace();
      object.add(name, _readValue());
      _skipWhiteSpace();
    } while (_readChar(','));

    if (!_readChar('}')) {
      throw _expected("',' or '}'");
    }
    return object;
  }

  String _readName() {
    if (_current != '"') {
      throw _expected('name');
    }
    return _readStringInternal();
  }

  JsonValue _readNull() {
    _read();
    _readRequiredChar('u');
    _readRequiredChar('l');
    _readRequiredChar('l');
    return JsonLiteral.literalNull;
  }

  JsonValue _readTrue() {
    _read();
    _readRequiredChar('r');
    _readRequiredChar('u');
    _readRequiredChar('e');
    return JsonLiteral.literalTrue;
  }

  JsonValue _readFalse() {
    _read();
    _readRequiredChar('a');
    _readRequiredChar('l');
    _readRequiredChar('s');
    _readRequiredChar('e');
    return JsonLiteral.literalFalse;
  }

  void _readRequiredChar(String ch) {
    if (!_readChar(ch)) {
      throw _expected("'$ch'");
    }
  }

  JsonValue _readString() => JsonString(_readStringInternal());

  String _readStringInternal() {
    _read();
    _startCapture();
    while (_current != '"') {
      if (_current == '\\') {
        _pauseCapture();
        _readEscape();
        _startCapture();
      } else {
        _read();
      }
    }
    final string = _endCapture();
    _read();
    return string;
  }

  void _readEscape() {
    _read();
    switch (_current) {
      case '"':
      case '/':
      case '\\':
        _captureBuffer += _current!;
        break;
      case 'b':
        _captureBuffer += '\b';
        break;
      case 'f':
        _captureBuffer += '\f';
        break;
      case 'n':
        _captureBuffer += '\n';
        break;
      case 'r':
        _captureBuffer += '\r';
        break;
      case 't':
        _captureBuffer += '\t';
        break;
      default:
        throw _expected('valid escape sequence');
    }
    _read();
  }

  JsonValue _readNumber() {
    _startCapture();
    _readChar('-');
    final firstDigit = _current;
    if (!_readDigit()) {
      throw _expected('digit');
    }
    if (firstDigit != '0') {
      while (_readDigit()) {}
    }
    _readFraction();
    _readExponent();
    return JsonNumber(_endCapture());
  }

  bool _readFraction() {
    if (!_readChar('.')) {
      return false;
    }
    if (!_readDigit()) {
      throw _expected('digit');
    }
    while (_readDigit()) {}
    return true;
  }

  bool _readExponent() {
    if (!_readChar('e') && !_readChar('E')) {
      return false;
    }
    if (!_readChar('+')) {
      _readChar('-');
    }
    if (!_readDigit()) {
      throw _expected('digit');
    }

    while (_readDigit()) {}
    return true;
  }

  bool _readChar(String ch) {
    if (_current != ch) {
      return false;
    }
    _read();
    return true;
  }

  bool _readDigit() {
    if (!_isDigit()) {
      return false;
    }
    _read();
    return true;
  }

  void _skipWhiteSpace() {
    while (_isWhiteSpace()) {
      _read();
    }
  }

  void _read() {
    if (_current == '\n') {
      _line += 1;
      _column = 0;
    }
    _index += 1;
    if (_index < _input.length) {
      _current = _input[_index];
    } else {
      _current = null;
    }
  }

  void _startCapture() {
    _captureStart = _index;
  }

  void _pauseCapture() {
    final end = _current == null ? _index : _index - 1;
    _captureBuffer += _input.substring(_captureStart, end + 1);
    _captureStart = -1;
  }

  String _endCapture() {
    final end = _current == null ? _index : _index - 1;
    String captured;
    if (_captureBuffer == '') {
      captured = _input.substring(_captureStart, end + 1);
    } else {
      _captureBuffer += _input.substring(_captureStart, end + 1);
      captured = _captureBuffer;
      _captureBuffer = '';
    }
    _captureStart = -1;
    return captured;
  }

  ParseException _expected(String expected) {
    if (_isEndOfText()) {
      return _error('Unexpected end of input');
    }
    return _error('Expected $expected');
  }

  ParseException _error(String message) => ParseException(message, _index, _line, _column - 1);

  bool _isWhiteSpace() =>
      _current == ' ' || _current == '\t' || _current == '\n' || _current == '\r';

  bool _isDigit() =>
      _current == '0' ||
      _current == '1' ||
      _current == '2' ||
      _current == '3' ||
      _current == '4' ||
      _current == '5' ||
      _current == '6' ||
      _current == '7' ||
      _current == '8' ||
      _current == '9';

  bool _isEndOfText() => _current == null;
}

/// Maps a member name to its index in a JsonObject, with a deliberately weak hash (the length
/// of the name); a miss falls back to indexOf's "not implemented", never reached here.
class HashIndexTable {
  final List<int> _hashTable = List<int>.filled(32, 0); // Must be a power of two.

  void add(String name, int index) {
    final slot = _hashSlotFor(name);
    if (index < 0xff) {
      // Increment by 1, 0 stands for empty.
      _hashTable[slot] = (index + 1) & 0xff;
    } else {
      _hashTable[slot] = 0;
    }
  }

  int get(String name) {
    final slot = _hashSlotFor(name);
    // Subtract 1, 0 stands for empty.
    return (_hashTable[slot] & 0xff) - 1;
  }

  // This is not a proper hash, but sufficient for the benchmark, and very portable.
  int _stringHash(String s) => s.length * 1402589;

  int _hashSlotFor(String element) => _stringHash(element) & (_hashTable.length - 1);
}

class ParseException implements Exception {
  final String message;
  final int offset;
  final int line;
  final int column;

  ParseException(String message, this.offset, this.line, this.column)
      : message = '$message at $line:$column';

  @override
  String toString() => 'ParseException: $message';
}

abstract class JsonValue {
  bool isObject() => false;
  bool isArray() => false;
  bool isNumber() => false;
  bool isString() => false;
  bool isBoolean() => false;
  bool isTrue() => false;
  bool isFalse() => false;
  bool isNull() => false;

  JsonObject asObject() {
    throw UnsupportedError('Not an object: $this');
  }

  JsonArray asArray() {
    throw UnsupportedError('Not an array: $this');
  }
}

class JsonArray extends JsonValue {
  final Vector<JsonValue> _values = Vector<JsonValue>();

  JsonArray add(JsonValue value) {
    _values.append(value);
    return this;
  }

  int size() => _values.size();

  JsonValue? get(int index) => _values.at(index);

  @override
  bool isArray() => true;

  @override
  JsonArray asArray() => this;
}

class JsonLiteral extends JsonValue {
  static final JsonLiteral literalNull = JsonLiteral('null');
  static final JsonLiteral literalTrue = JsonLiteral('true');
  static final JsonLiteral literalFalse = JsonLiteral('false');

  final String _value;
  final bool _isNull;
  final bool _isTrue;
  final bool _isFalse;

  JsonLiteral(String value)
      : _value = value,
        _isNull = value == 'null',
        _isTrue = value == 'true',
        _isFalse = value == 'false';

  @override
  String toString() => _value;

  @override
  bool isNull() => _isNull;

  @override
  bool isTrue() => _isTrue;

  @override
  bool isFalse() => _isFalse;

  @override
  bool isBoolean() => _isTrue || _isFalse;
}

class JsonNumber extends JsonValue {
  final String _string;

  JsonNumber(this._string);

  @override
  String toString() => _string;

  @override
  bool isNumber() => true;
}

class JsonObject extends JsonValue {
  final Vector<String> _names = Vector<String>();
  final Vector<JsonValue> _values = Vector<JsonValue>();
  final HashIndexTable _table = HashIndexTable();

  JsonObject add(String name, JsonValue value) {
    _table.add(name, _names.size());
    _names.append(name);
    _values.append(value);
    return this;
  }

  JsonValue? get(String name) {
    final index = _indexOf(name);
    return index == -1 ? null : _values.at(index);
  }

  int size() => _names.size();

  bool isEmpty() => _names.isEmpty();

  @override
  bool isObject() => true;

  @override
  JsonObject asObject() => this;

  int _indexOf(String name) {
    final index = _table.get(name);
    if (index != -1 && name == _names.at(index)) {
      return index;
    }
    throw UnimplementedError('not implemented'); // Not needed for the benchmark.
  }
}

class JsonString extends JsonValue {
  final String _string;

  JsonString(this._string);

  @override
  bool isString() => true;

  @override
  String toString() => _string;
}

// The document the benchmark parses, one RAP protocol message, split into adjacent raw string
// literals (concatenated at compile time) only to keep lines short.
const String rapBenchmarkMinified =
    r'{"head":{"requestCounter":4},"operations":['
    r'["destroy","w54"],'
    r'["set","w2",{"activeControl":"w99"}],'
    r'["set","w21",{"customVariant":"variant_navigation"}],'
    r'["set","w28",{"customVariant":"variant_selected"}],'
    r'["set","w53",{"children":["w95"]}],'
    r'["create","w95","rwt.widgets.Composite",{"parent":"w53","style":["NONE"],"bounds":[0,0,100'
    r'8,586],"children":["w96","w97"],"tabIndex":-1,"clientArea":[0,0,1008,586]}],'
    r'["create","w96","rwt.widgets.Label",{"parent":"w95","style":["NONE"],"bounds":[10,30,112,2'
    r'6],"tabIndex":-1,"customVariant":"variant_pageHeadline","text":"TableViewer"}],'
    r'["create","w97","rwt.widgets.Composite",{"parent":"w95","style":["NONE"],"bounds":[0,61,10'
    r'08,525],"children":["w98","w99","w226","w228"],"tabIndex":-1,"clientArea":[0,0,1008,525]}]'
    r','
    r'["create","w98","rwt.widgets.Text",{"parent":"w97","style":["LEFT","SINGLE","BORDER"],"bou'
    r'nds":[10,10,988,32],"tabIndex":22,"activeKeys":["#13","#27","#40"]}],'
    r'["listen","w98",{"KeyDown":true,"Modify":true}],'
    r'["create","w99","rwt.widgets.Grid",{"parent":"w97","style":["SINGLE","BORDER"],"appearance'
    r'":"table","indentionWidth":0,"treeColumn":-1,"markupEnabled":false}],'
    r'["create","w100","rwt.widgets.ScrollBar",{"parent":"w99","style":["HORIZONTAL"]}],'
    r'["create","w101","rwt.widgets.ScrollBar",{"parent":"w99","style":["VERTICAL"]}],'
    r'["set","w99",{"bounds":[10,52,988,402],"children":[],"tabIndex":23,"activeKeys":["CTRL+#70'
    r'","CTRL+#78","CTRL+#82","CTRL+#89","CTRL+#83","CTRL+#71","CTRL+#69"],"cancelKeys":["CTRL+#'
    r'70","CTRL+#78","CTRL+#82","CTRL+#89","CTRL+#83","CTRL+#71","CTRL+#69"]}],'
    r'["listen","w99",{"MouseDown":true,"MouseUp":true,"MouseDoubleClick":true,"KeyDown":true}],'
    r'["set","w99",{"itemCount":118,"itemHeight":28,"itemMetrics":[[0,0,50,3,0,3,44],[1,50,50,53'
    r',0,53,44],[2,100,140,103,0,103,134],[3,240,180,243,0,243,174],[4,420,50,423,0,423,44],[5,4'
    r'70,50,473,0,473,44]],"columnCount":6,"headerHeight":35,"headerVisible":true,"linesVisible"'
    r':true,"focusItem":"w108","selection":["w108"]}],'
    r'["listen","w99",{"Selection":true,"DefaultSelection":true}],'
    r'["set","w99",{"enableCellToolTip":true}],'
    r'["listen","w100",{"Selection":true}],'
    r'["set","w101",{"visibility":true}],'
    r'["listen","w101",{"Selection":true}],'
    r'["create","w102","rwt.widgets.GridColumn",{"parent":"w99","text":"Nr.","width":50,"moveabl'
    r'e":true}],'
    r'["listen","w102",{"Selection":true}],'
    r'["create","w103","rwt.widgets.GridColumn",{"parent":"w99","text":"Sym.","index":1,"left":5'
    r'0,"width":50,"moveable":true}],'
    r'["listen","w103",{"Selection":true}],'
    r'["create","w104","rwt.widgets.GridColumn",{"parent":"w99","text":"Name","index":2,"left":1'
    r'00,"width":140,"moveable":true}],'
    r'["listen","w104",{"Selection":true}],'
    r'["create","w105","rwt.widgets.GridColumn",{"parent":"w99","text":"Series","index":3,"left"'
    r':240,"width":180,"moveable":true}],'
    r'["listen","w105",{"Selection":true}],'
    r'["create","w106","rwt.widgets.GridColumn",{"parent":"w99","text":"Group","index":4,"left":'
    r'420,"width":50,"moveable":true}],'
    r'["listen","w106",{"Selection":true}],'
    r'["create","w107","rwt.widgets.GridColumn",{"parent":"w99","text":"Period","index":5,"left"'
    r':470,"width":50,"moveable":true}],'
    r'["listen","w107",{"Selection":true}],'
    r'["create","w108","rwt.widgets.GridItem",{"parent":"w99","index":0,"texts":["1","H","Hydrog'
    r'en","Nonmetal","1","1"],"cellBackgrounds":[null,null,null,[138,226,52,255],null,null]}],'
    r'["create","w109","rwt.widgets.GridItem",{"parent":"w99","index":1,"texts":["2","He","Heliu'
    r'm","Noble gas","18","1"],"cellBackgrounds":[null,null,null,[114,159,207,255],null,null]}],'
    r'["create","w110","rwt.widgets.GridItem",{"parent":"w99","index":2,"texts":["3","Li","Lithi'
    r'um","Alkali metal","1","2"],"cellBackgrounds":[null,null,null,[239,41,41,255],null,null]}]'
    r','
    r'["create","w111","rwt.widgets.GridItem",{"parent":"w99","index":3,"texts":["4","Be","Beryl'
    r'lium","Alkaline earth metal","2","2"],"cellBackgrounds":[null,null,null,[233,185,110,255],'
    r'null,null]}],'
    r'["create","w112","rwt.widgets.GridItem",{"parent":"w99","index":4,"texts":["5","B","Boron"'
    r',"Metalloid","13","2"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,null]}],'
    r'["create","w113","rwt.widgets.GridItem",{"parent":"w99","index":5,"texts":["6","C","Carbon'
    r'","Nonmetal","14","2"],"cellBackgrounds":[null,null,null,[138,226,52,255],null,null]}],'
    r'["create","w114","rwt.widgets.GridItem",{"parent":"w99","index":6,"texts":["7","N","Nitrog'
    r'en","Nonmetal","15","2"],"cellBackgrounds":[null,null,null,[138,226,52,255],null,null]}],'
    r'["create","w115","rwt.widgets.GridItem",{"parent":"w99","index":7,"texts":["8","O","Oxygen'
    r'","Nonmetal","16","2"],"cellBackgrounds":[null,null,null,[138,226,52,255],null,null]}],'
    r'["create","w116","rwt.widgets.GridItem",{"parent":"w99","index":8,"texts":["9","F","Fluori'
    r'ne","Halogen","17","2"],"cellBackgrounds":[null,null,null,[252,233,79,255],null,null]}],'
    r'["create","w117","rwt.widgets.GridItem",{"parent":"w99","index":9,"texts":["10","Ne","Neon'
    r'","Noble gas","18","2"],"cellBackgrounds":[null,null,null,[114,159,207,255],null,null]}],'
    r'["create","w118","rwt.widgets.GridItem",{"parent":"w99","index":10,"texts":["11","Na","Sod'
    r'ium","Alkali metal","1","3"],"cellBackgrounds":[null,null,null,[239,41,41,255],null,null]}'
    r'],'
    r'["create","w119","rwt.widgets.GridItem",{"parent":"w99","index":11,"texts":["12","Mg","Mag'
    r'nesium","Alkaline earth metal","2","3"],"cellBackgrounds":[null,null,null,[233,185,110,255'
    r'],null,null]}],'
    r'["create","w120","rwt.widgets.GridItem",{"parent":"w99","index":12,"texts":["13","Al","Alu'
    r'minium","Poor metal","13","3"],"cellBackgrounds":[null,null,null,[238,238,236,255],null,nu'
    r'll]}],'
    r'["create","w121","rwt.widgets.GridItem",{"parent":"w99","index":13,"texts":["14","Si","Sil'
    r'icon","Metalloid","14","3"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,null]'
    r'}],'
    r'["create","w122","rwt.widgets.GridItem",{"parent":"w99","index":14,"texts":["15","P","Phos'
    r'phorus","Nonmetal","15","3"],"cellBackgrounds":[null,null,null,[138,226,52,255],null,null]'
    r'}],'
    r'["create","w123","rwt.widgets.GridItem",{"parent":"w99","index":15,"texts":["16","S","Sulf'
    r'ur","Nonmetal","16","3"],"cellBackgrounds":[null,null,null,[138,226,52,255],null,null]}],'
    r'["create","w124","rwt.widgets.GridItem",{"parent":"w99","index":16,"texts":["17","Cl","Chl'
    r'orine","Halogen","17","3"],"cellBackgrounds":[null,null,null,[252,233,79,255],null,null]}]'
    r','
    r'["create","w125","rwt.widgets.GridItem",{"parent":"w99","index":17,"texts":["18","Ar","Arg'
    r'on","Noble gas","18","3"],"cellBackgrounds":[null,null,null,[114,159,207,255],null,null]}]'
    r','
    r'["create","w126","rwt.widgets.GridItem",{"parent":"w99","index":18,"texts":["19","K","Pota'
    r'ssium","Alkali metal","1","4"],"cellBackgrounds":[null,null,null,[239,41,41,255],null,null'
    r']}],'
    r'["create","w127","rwt.widgets.GridItem",{"parent":"w99","index":19,"texts":["20","Ca","Cal'
    r'cium","Alkaline earth metal","2","4"],"cellBackgrounds":[null,null,null,[233,185,110,255],'
    r'null,null]}],'
    r'["create","w128","rwt.widgets.GridItem",{"parent":"w99","index":20,"texts":["21","Sc","Sca'
    r'ndium","Transition metal","3","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null'
    r',null]}],'
    r'["create","w129","rwt.widgets.GridItem",{"parent":"w99","index":21,"texts":["22","Ti","Tit'
    r'anium","Transition metal","4","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null'
    r',null]}],'
    r'["create","w130","rwt.widgets.GridItem",{"parent":"w99","index":22,"texts":["23","V","Vana'
    r'dium","Transition metal","5","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,'
    r'null]}],'
    r'["create","w131","rwt.widgets.GridItem",{"parent":"w99","index":23,"texts":["24","Cr","Chr'
    r'omium","Transition metal","6","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null'
    r',null]}],'
    r'["create","w132","rwt.widgets.GridItem",{"parent":"w99","index":24,"texts":["25","Mn","Man'
    r'ganese","Transition metal","7","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],nul'
    r'l,null]}],'
    r'["create","w133","rwt.widgets.GridItem",{"parent":"w99","index":25,"texts":["26","Fe","Iro'
    r'n","Transition metal","8","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,nul'
    r'l]}],'
    r'["create","w134","rwt.widgets.GridItem",{"parent":"w99","index":26,"texts":["27","Co","Cob'
    r'alt","Transition metal","9","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,n'
    r'ull]}],'
    r'["create","w135","rwt.widgets.GridItem",{"parent":"w99","index":27,"texts":["28","Ni","Nic'
    r'kel","Transition metal","10","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,'
    r'null]}],'
    r'["create","w136","rwt.widgets.GridItem",{"parent":"w99","index":28,"texts":["29","Cu","Cop'
    r'per","Transition metal","11","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,'
    r'null]}],'
    r'["create","w137","rwt.widgets.GridItem",{"parent":"w99","index":29,"texts":["30","Zn","Zin'
    r'c","Transition metal","12","4"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,nu'
    r'll]}],'
    r'["create","w138","rwt.widgets.GridItem",{"parent":"w99","index":30,"texts":["31","Ga","Gal'
    r'lium","Poor metal","13","4"],"cellBackgrounds":[null,null,null,[238,238,236,255],null,null'
    r']}],'
    r'["create","w139","rwt.widgets.GridItem",{"parent":"w99","index":31,"texts":["32","Ge","Ger'
    r'manium","Metalloid","14","4"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,nul'
    r'l]}],'
    r'["create","w140","rwt.widgets.GridItem",{"parent":"w99","index":32,"texts":["33","As","Ars'
    r'enic","Metalloid","15","4"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,null]'
    r'}],'
    r'["create","w141","rwt.widgets.GridItem",{"parent":"w99","index":33,"texts":["34","Se","Sel'
    r'enium","Nonmetal","16","4"],"cellBackgrounds":[null,null,null,[138,226,52,255],null,null]}'
    r'],'
    r'["create","w142","rwt.widgets.GridItem",{"parent":"w99","index":34,"texts":["35","Br","Bro'
    r'mine","Halogen","17","4"],"cellBackgrounds":[null,null,null,[252,233,79,255],null,null]}],'
    r'["create","w143","rwt.widgets.GridItem",{"parent":"w99","index":35,"texts":["36","Kr","Kry'
    r'pton","Noble gas","18","4"],"cellBackgrounds":[null,null,null,[114,159,207,255],null,null]'
    r'}],'
    r'["create","w144","rwt.widgets.GridItem",{"parent":"w99","index":36,"texts":["37","Rb","Rub'
    r'idium","Alkali metal","1","5"],"cellBackgrounds":[null,null,null,[239,41,41,255],null,null'
    r']}],'
    r'["create","w145","rwt.widgets.GridItem",{"parent":"w99","index":37,"texts":["38","Sr","Str'
    r'ontium","Alkaline earth metal","2","5"],"cellBackgrounds":[null,null,null,[233,185,110,255'
    r'],null,null]}],'
    r'["create","w146","rwt.widgets.GridItem",{"parent":"w99","index":38,"texts":["39","Y","Yttr'
    r'ium","Transition metal","3","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,n'
    r'ull]}],'
    r'["create","w147","rwt.widgets.GridItem",{"parent":"w99","index":39,"texts":["40","Zr","Zir'
    r'conium","Transition metal","4","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],nul'
    r'l,null]}],'
    r'["create","w148","rwt.widgets.GridItem",{"parent":"w99","index":40,"texts":["41","Nb","Nio'
    r'bium","Transition metal","5","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,'
    r'null]}],'
    r'["create","w149","rwt.widgets.GridItem",{"parent":"w99","index":41,"texts":["42","Mo","Mol'
    r'ybdenum","Transition metal","6","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],nu'
    r'll,null]}],'
    r'["create","w150","rwt.widgets.GridItem",{"parent":"w99","index":42,"texts":["43","Tc","Tec'
    r'hnetium","Transition metal","7","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],nu'
    r'll,null]}],'
    r'["create","w151","rwt.widgets.GridItem",{"parent":"w99","index":43,"texts":["44","Ru","Rut'
    r'henium","Transition metal","8","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],nul'
    r'l,null]}],'
    r'["create","w152","rwt.widgets.GridItem",{"parent":"w99","index":44,"texts":["45","Rh","Rho'
    r'dium","Transition metal","9","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,'
    r'null]}],'
    r'["create","w153","rwt.widgets.GridItem",{"parent":"w99","index":45,"texts":["46","Pd","Pal'
    r'ladium","Transition metal","10","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],nu'
    r'll,null]}],'
    r'["create","w154","rwt.widgets.GridItem",{"parent":"w99","index":46,"texts":["47","Ag","Sil'
    r'ver","Transition metal","11","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,'
    r'null]}],'
    r'["create","w155","rwt.widgets.GridItem",{"parent":"w99","index":47,"texts":["48","Cd","Cad'
    r'mium","Transition metal","12","5"],"cellBackgrounds":[null,null,null,[252,175,62,255],null'
    r',null]}],'
    r'["create","w156","rwt.widgets.GridItem",{"parent":"w99","index":48,"texts":["49","In","Ind'
    r'ium","Poor metal","13","5"],"cellBackgrounds":[null,null,null,[238,238,236,255],null,null]'
    r'}],'
    r'["create","w157","rwt.widgets.GridItem",{"parent":"w99","index":49,"texts":["50","Sn","Tin'
    r'","Poor metal","14","5"],"cellBackgrounds":[null,null,null,[238,238,236,255],null,null]}],'
    r'["create","w158","rwt.widgets.GridItem",{"parent":"w99","index":50,"texts":["51","Sb","Ant'
    r'imony","Metalloid","15","5"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,null'
    r']}],'
    r'["create","w159","rwt.widgets.GridItem",{"parent":"w99","index":51,"texts":["52","Te","Tel'
    r'lurium","Metalloid","16","5"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,nul'
    r'l]}],'
    r'["create","w160","rwt.widgets.GridItem",{"parent":"w99","index":52,"texts":["53","I","Iodi'
    r'ne","Halogen","17","5"],"cellBackgrounds":[null,null,null,[252,233,79,255],null,null]}],'
    r'["create","w161","rwt.widgets.GridItem",{"parent":"w99","index":53,"texts":["54","Xe","Xen'
    r'on","Noble gas","18","5"],"cellBackgrounds":[null,null,null,[114,159,207,255],null,null]}]'
    r','
    r'["create","w162","rwt.widgets.GridItem",{"parent":"w99","index":54,"texts":["55","Cs","Cae'
    r'sium","Alkali metal","1","6"],"cellBackgrounds":[null,null,null,[239,41,41,255],null,null]'
    r'}],'
    r'["create","w163","rwt.widgets.GridItem",{"parent":"w99","index":55,"texts":["56","Ba","Bar'
    r'ium","Alkaline earth metal","2","6"],"cellBackgrounds":[null,null,null,[233,185,110,255],n'
    r'ull,null]}],'
    r'["create","w164","rwt.widgets.GridItem",{"parent":"w99","index":56,"texts":["57","La","Lan'
    r'thanum","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,nul'
    r'l]}],'
    r'["create","w165","rwt.widgets.GridItem",{"parent":"w99","index":57,"texts":["58","Ce","Cer'
    r'ium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}'
    r'],'
    r'["create","w166","rwt.widgets.GridItem",{"parent":"w99","index":58,"texts":["59","Pr","Pra'
    r'seodymium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,'
    r'null]}],'
    r'["create","w167","rwt.widgets.GridItem",{"parent":"w99","index":59,"texts":["60","Nd","Neo'
    r'dymium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,nul'
    r'l]}],'
    r'["create","w168","rwt.widgets.GridItem",{"parent":"w99","index":60,"texts":["61","Pm","Pro'
    r'methium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,nu'
    r'll]}],'
    r'["create","w169","rwt.widgets.GridItem",{"parent":"w99","index":61,"texts":["62","Sm","Sam'
    r'arium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null'
    r']}],'
    r'["create","w170","rwt.widgets.GridItem",{"parent":"w99","index":62,"texts":["63","Eu","Eur'
    r'opium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null'
    r']}],'
    r'["create","w171","rwt.widgets.GridItem",{"parent":"w99","index":63,"texts":["64","Gd","Gad'
    r'olinium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,nu'
    r'll]}],'
    r'["create","w172","rwt.widgets.GridItem",{"parent":"w99","index":64,"texts":["65","Tb","Ter'
    r'bium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]'
    r'}],'
    r'["create","w173","rwt.widgets.GridItem",{"parent":"w99","index":65,"texts":["66","Dy","Dys'
    r'prosium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,nu'
    r'll]}],'
    r'["create","w174","rwt.widgets.GridItem",{"parent":"w99","index":66,"texts":["67","Ho","Hol'
    r'mium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]'
    r'}],'
    r'["create","w175","rwt.widgets.GridItem",{"parent":"w99","index":67,"texts":["68","Er","Erb'
    r'ium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}'
    r'],'
    r'["create","w176","rwt.widgets.GridItem",{"parent":"w99","index":68,"texts":["69","Tm","Thu'
    r'lium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]'
    r'}],'
    r'["create","w177","rwt.widgets.GridItem",{"parent":"w99","index":69,"texts":["70","Yb","Ytt'
    r'erbium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,nul'
    r'l]}],'
    r'["create","w178","rwt.widgets.GridItem",{"parent":"w99","index":70,"texts":["71","Lu","Lut'
    r'etium","Lanthanide","3","6"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null'
    r']}],'
    r'["create","w179","rwt.widgets.GridItem",{"parent":"w99","index":71,"texts":["72","Hf","Haf'
    r'nium","Transition metal","4","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,'
    r'null]}],'
    r'["create","w180","rwt.widgets.GridItem",{"parent":"w99","index":72,"texts":["73","Ta","Tan'
    r'talum","Transition metal","5","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null'
    r',null]}],'
    r'["create","w181","rwt.widgets.GridItem",{"parent":"w99","index":73,"texts":["74","W","Tung'
    r'sten","Transition metal","6","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,'
    r'null]}],'
    r'["create","w182","rwt.widgets.GridItem",{"parent":"w99","index":74,"texts":["75","Re","Rhe'
    r'nium","Transition metal","7","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,'
    r'null]}],'
    r'["create","w183","rwt.widgets.GridItem",{"parent":"w99","index":75,"texts":["76","Os","Osm'
    r'ium","Transition metal","8","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,n'
    r'ull]}],'
    r'["create","w184","rwt.widgets.GridItem",{"parent":"w99","index":76,"texts":["77","Ir","Iri'
    r'dium","Transition metal","9","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,'
    r'null]}],'
    r'["create","w185","rwt.widgets.GridItem",{"parent":"w99","index":77,"texts":["78","Pt","Pla'
    r'tinum","Transition metal","10","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],nul'
    r'l,null]}],'
    r'["create","w186","rwt.widgets.GridItem",{"parent":"w99","index":78,"texts":["79","Au","Gol'
    r'd","Transition metal","11","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null,nu'
    r'll]}],'
    r'["create","w187","rwt.widgets.GridItem",{"parent":"w99","index":79,"texts":["80","Hg","Mer'
    r'cury","Transition metal","12","6"],"cellBackgrounds":[null,null,null,[252,175,62,255],null'
    r',null]}],'
    r'["create","w188","rwt.widgets.GridItem",{"parent":"w99","index":80,"texts":["81","Tl","Tha'
    r'llium","Poor metal","13","6"],"cellBackgrounds":[null,null,null,[238,238,236,255],null,nul'
    r'l]}],'
    r'["create","w189","rwt.widgets.GridItem",{"parent":"w99","index":81,"texts":["82","Pb","Lea'
    r'd","Poor metal","14","6"],"cellBackgrounds":[null,null,null,[238,238,236,255],null,null]}]'
    r','
    r'["create","w190","rwt.widgets.GridItem",{"parent":"w99","index":82,"texts":["83","Bi","Bis'
    r'muth","Poor metal","15","6"],"cellBackgrounds":[null,null,null,[238,238,236,255],null,null'
    r']}],'
    r'["create","w191","rwt.widgets.GridItem",{"parent":"w99","index":83,"texts":["84","Po","Pol'
    r'onium","Metalloid","16","6"],"cellBackgrounds":[null,null,null,[156,159,153,255],null,null'
    r']}],'
    r'["create","w192","rwt.widgets.GridItem",{"parent":"w99","index":84,"texts":["85","At","Ast'
    r'atine","Halogen","17","6"],"cellBackgrounds":[null,null,null,[252,233,79,255],null,null]}]'
    r','
    r'["create","w193","rwt.widgets.GridItem",{"parent":"w99","index":85,"texts":["86","Rn","Rad'
    r'on","Noble gas","18","6"],"cellBackgrounds":[null,null,null,[114,159,207,255],null,null]}]'
    r','
    r'["create","w194","rwt.widgets.GridItem",{"parent":"w99","index":86,"texts":["87","Fr","Fra'
    r'ncium","Alkali metal","1","7"],"cellBackgrounds":[null,null,null,[239,41,41,255],null,null'
    r']}],'
    r'["create","w195","rwt.widgets.GridItem",{"parent":"w99","index":87,"texts":["88","Ra","Rad'
    r'ium","Alkaline earth metal","2","7"],"cellBackgrounds":[null,null,null,[233,185,110,255],n'
    r'ull,null]}],'
    r'["create","w196","rwt.widgets.GridItem",{"parent":"w99","index":88,"texts":["89","Ac","Act'
    r'inium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}'
    r'],'
    r'["create","w197","rwt.widgets.GridItem",{"parent":"w99","index":89,"texts":["90","Th","Tho'
    r'rium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}]'
    r','
    r'["create","w198","rwt.widgets.GridItem",{"parent":"w99","index":90,"texts":["91","Pa","Pro'
    r'tactinium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,nu'
    r'll]}],'
    r'["create","w199","rwt.widgets.GridItem",{"parent":"w99","index":91,"texts":["92","U","Uran'
    r'ium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],'
    r'["create","w200","rwt.widgets.GridItem",{"parent":"w99","index":92,"texts":["93","Np","Nep'
    r'tunium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]'
    r'}],'
    r'["create","w201","rwt.widgets.GridItem",{"parent":"w99","index":93,"texts":["94","Pu","Plu'
    r'tonium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]'
    r'}],'
    r'["create","w202","rwt.widgets.GridItem",{"parent":"w99","index":94,"texts":["95","Am","Ame'
    r'ricium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]'
    r'}],'
    r'["create","w203","rwt.widgets.GridItem",{"parent":"w99","index":95,"texts":["96","Cm","Cur'
    r'ium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}],'
    r'["create","w204","rwt.widgets.GridItem",{"parent":"w99","index":96,"texts":["97","Bk","Ber'
    r'kelium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]'
    r'}],'
    r'["create","w205","rwt.widgets.GridItem",{"parent":"w99","index":97,"texts":["98","Cf","Cal'
    r'ifornium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,nul'
    r'l]}],'
    r'["create","w206","rwt.widgets.GridItem",{"parent":"w99","index":98,"texts":["99","Es","Ein'
    r'steinium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,nul'
    r'l]}],'
    r'["create","w207","rwt.widgets.GridItem",{"parent":"w99","index":99,"texts":["100","Fm","Fe'
    r'rmium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null]}'
    r'],'
    r'["create","w208","rwt.widgets.GridItem",{"parent":"w99","index":100,"texts":["101","Md","M'
    r'endelevium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,n'
    r'ull]}],'
    r'["create","w209","rwt.widgets.GridItem",{"parent":"w99","index":101,"texts":["102","No","N'
    r'obelium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,null'
    r']}],'
    r'["create","w210","rwt.widgets.GridItem",{"parent":"w99","index":102,"texts":["103","Lr","L'
    r'awrencium","Actinide","3","7"],"cellBackgrounds":[null,null,null,[173,127,168,255],null,nu'
    r'll]}],'
    r'["create","w211","rwt.widgets.GridItem",{"parent":"w99","index":103,"texts":["104","Rf","R'
    r'utherfordium","Transition metal","4","7"],"cellBackgrounds":[null,null,null,[252,175,62,25'
    r'5],null,null]}],'
    r'["create","w212","rwt.widgets.GridItem",{"parent":"w99","index":104,"texts":["105","Db","D'
    r'ubnium","Transition metal","5","7"],"cellBackgrounds":[null,null,null,[252,175,62,255],nul'
    r'l,null]}],'
    r'["create","w213","rwt.widgets.GridItem",{"parent":"w99","index":105,"texts":["106","Sg","S'
    r'eaborgium","Transition metal","6","7"],"cellBackgrounds":[null,null,null,[252,175,62,255],'
    r'null,null]}],'
    r'["create","w214","rwt.widgets.GridItem",{"parent":"w99","index":106,"texts":["107","Bh","B'
    r'ohrium","Transition metal","7","7"],"cellBackgrounds":[null,null,null,[252,175,62,255],nul'
    r'l,null]}],'
    r'["create","w215","rwt.widgets.GridItem",{"parent":"w99","index":107,"texts":["108","Hs","H'
    r'assium","Transition metal","8","7"],"cellBackgrounds":[null,null,null,[252,175,62,255],nul'
    r'l,null]}],'
    r'["create","w216","rwt.widgets.GridItem",{"parent":"w99","index":108,"texts":["109","Mt","M'
    r'eitnerium","Transition metal","9","7"],"cellBackgrounds":[null,null,null,[252,175,62,255],'
    r'null,null]}],'
    r'["create","w217","rwt.widgets.GridItem",{"parent":"w99","index":109,"texts":["110","Ds","D'
    r'armstadtium","Transition metal","10","7"],"cellBackgrounds":[null,null,null,[252,175,62,25'
    r'5],null,null]}],'
    r'["create","w218","rwt.widgets.GridItem",{"parent":"w99","index":110,"texts":["111","Rg","R'
    r'oentgenium","Transition metal","11","7"],"cellBackgrounds":[null,null,null,[252,175,62,255'
    r'],null,null]}],'
    r'["create","w219","rwt.widgets.GridItem",{"parent":"w99","index":111,"texts":["112","Uub","'
    r'Ununbium","Transition metal","12","7"],"cellBackgrounds":[null,null,null,[252,175,62,255],'
    r'null,null]}],'
    r'["create","w220","rwt.widgets.GridItem",{"parent":"w99","index":112,"texts":["113","Uut","'
    r'Ununtrium","Poor metal","13","7"],"cellBackgrounds":[null,null,null,[238,238,236,255],null'
    r',null]}],'
    r'["create","w221","rwt.widgets.GridItem",{"parent":"w99","index":113,"texts":["114","Uuq","'
    r'Ununquadium","Poor metal","14","7"],"cellBackgrounds":[null,null,null,[238,238,236,255],nu'
    r'll,null]}],'
    r'["create","w222","rwt.widgets.GridItem",{"parent":"w99","index":114,"texts":["115","Uup","'
    r'Ununpentium","Poor metal","15","7"],"cellBackgrounds":[null,null,null,[238,238,236,255],nu'
    r'll,null]}],'
    r'["create","w223","rwt.widgets.GridItem",{"parent":"w99","index":115,"texts":["116","Uuh","'
    r'Ununhexium","Poor metal","16","7"],"cellBackgrounds":[null,null,null,[238,238,236,255],nul'
    r'l,null]}],'
    r'["create","w224","rwt.widgets.GridItem",{"parent":"w99","index":116,"texts":["117","Uus","'
    r'Ununseptium","Halogen","17","7"],"cellBackgrounds":[null,null,null,[252,233,79,255],null,n'
    r'ull]}],'
    r'["create","w225","rwt.widgets.GridItem",{"parent":"w99","index":117,"texts":["118","Uuo","'
    r'Ununoctium","Noble gas","18","7"],"cellBackgrounds":[null,null,null,[114,159,207,255],null'
    r',null]}],'
    r'["create","w226","rwt.widgets.Composite",{"parent":"w97","style":["BORDER"],"bounds":[10,4'
    r'64,988,25],"children":["w227"],"tabIndex":-1,"clientArea":[0,0,986,23]}],'
    r'["create","w227","rwt.widgets.Label",{"parent":"w226","style":["NONE"],"bounds":[10,10,966'
    r',3],"tabIndex":-1,"text":"Hydrogen (H)"}],'
    r'["create","w228","rwt.widgets.Label",{"parent":"w97","style":["WRAP"],"bounds":[10,499,988'
    r',16],"tabIndex":-1,"foreground":[150,150,150,255],"font":[["Verdana","Lucida Sans","Arial"'
    r',"Helvetica","sans-serif"],10,false,false],"text":"Shortcuts: [CTRL+F] - Filter | Sort by:'
    r' [CTRL+R] - Number, [CTRL+Y] - Symbol, [CTRL+N] - Name, [CTRL+S] - Series, [CTRL+G] - Grou'
    r'p, [CTRL+E] - Period"}],'
    r'["set","w1",{"focusControl":"w99"}],'
    r'["call","rwt.client.BrowserNavigation","addToHistory",{"entries":[["tableviewer","TableVie'
    r'wer"]]}]]}';
