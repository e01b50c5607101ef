// HtmlEscape: '&' always, and per mode '<' '>' '"' "'" '/' become entities; text with nothing
// to escape comes back as it is; chunked conversion escapes each chunk.
import 'dart:convert';

void main() {
  const text = '<a href="x/y">Tom & Jerry\'s</a>';
  print(htmlEscape.convert(text)); // expect: &lt;a href=&quot;x&#47;y&quot;&gt;Tom &amp; Jerry&#39;s&lt;&#47;a&gt;
  print(const HtmlEscape(HtmlEscapeMode.attribute).convert(text)); // expect: &lt;a href=&quot;x/y&quot;&gt;Tom &amp; Jerry's&lt;/a&gt;
  print(const HtmlEscape(HtmlEscapeMode.sqAttribute).convert(text)); // expect: &lt;a href="x/y"&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;
  print(const HtmlEscape(HtmlEscapeMode.element).convert(text)); // expect: &lt;a href="x/y"&gt;Tom &amp; Jerry's&lt;/a&gt;
  const custom = HtmlEscapeMode(name: 'slashes', escapeSlash: true);
  print(HtmlEscape(custom).convert('a/b & <c>')); // expect: a&#47;b &amp; <c>
  print(custom); // expect: slashes
  print(HtmlEscapeMode.unknown); // expect: unknown
  const plain = 'nothing special';
  print(identical(htmlEscape.convert(plain), plain)); // expect: true
  final out = <String>[];
  final sink = htmlEscape.startChunkedConversion(ChunkedConversionSink<String>.withCallback((chunks) {
    out.addAll(chunks);
  }));
  sink.add('1 < 2');
  sink.add(' and ');
  sink.add('"q"');
  sink.close();
  print(out.join()); // expect: 1 &lt; 2 and &quot;q&quot;
}
