// dart:convert's base classes: Codec (a pair of converters, fusable and invertible), Converter
// (fusable; a StreamTransformer whose bind runs its chunked conversion on the stream's events)
// and Encoding (a Codec between String and bytes, with getByName and decodeStream). The fused
// and inverted forms are private classes here; the sinks of chunked conversion are in
// chunked_conversion.dart, byte_conversion.dart and string_conversion.dart.

import 'dart:async';
import 'dart:typed_data';

/// A pair of converters: [encoder] from S to T and [decoder] back.
abstract class Codec<S, T> {
  const Codec();

  T encode(S input) => encoder.convert(input);

  S decode(T encoded) => decoder.convert(encoded);

  Converter<S, T> get encoder;

  Converter<T, S> get decoder;

  /// This codec followed by [other]: encodes with this then [other], decodes in reverse.
  Codec<S, R> fuse<R>(Codec<T, R> other) => _FusedCodec<S, T, R>(this, other);

  /// This codec with encoder and decoder swapped.
  Codec<T, S> get inverted => _InvertedCodec<T, S>(this);
}

/// Converts a value of type S to one of type T, whole ([convert]) or in chunks
/// ([startChunkedConversion], and [bind] on a stream).
abstract class Converter<S, T> extends StreamTransformerBase<S, T> {
  const Converter();

  /// [source] seen as a Converter<TS, TT>: its input is cast to SS and its output to TT.
  static Converter<TS, TT> castFrom<SS, ST, TS, TT>(Converter<SS, ST> source) =>
      _CastConverter<SS, ST, TS, TT>(
          source,
          (Object? input) => input as SS,
          (Object? output) => output as TT,
          (Stream<Object?> input) => input.cast<SS>(),
          (Stream<Object?> output) => output.cast<TT>());

  T convert(S input);

  /// This converter followed by [other].
  Converter<S, TT> fuse<TT>(Converter<T, TT> other) => _FusedConverter<S, T, TT>(this, other);

  /// Starts a conversion whose input is added to the returned sink, chunk by chunk, and whose
  /// output goes to [sink]. Converters that cannot convert in chunks throw.
  Sink<S> startChunkedConversion(Sink<T> sink) {
    throw UnsupportedError("This converter does not support chunked conversions: $this");
  }

  /// The events of [stream] converted as one chunked conversion per listener; errors pass
  /// through, and an error the conversion throws becomes an error event.
  Stream<T> bind(Stream<S> stream) => Stream<T>.eventTransformed(
      stream, (EventSink<T> sink) => _ConverterStreamEventSink<S, T>(this, sink));

  Converter<RS, RT> cast<RS, RT>() => Converter.castFrom<S, T, RS, RT>(this);
}

// The converter Converter.castFrom makes. Its casts are closures made in castFrom, because a
// generic function's type arguments are reified and a class's are not (so casts to this class's
// own type parameters would check nothing). Like Dart's, it has no chunked conversion of its
// own, but binds a stream through its source's bind.
class _CastConverter<SS, ST, TS, TT> extends Converter<TS, TT> {
  final Converter<SS, ST> _source;
  final Object? Function(Object?) _castInput;
  final Object? Function(Object?) _castOutput;
  final Stream<Object?> Function(Stream<Object?>) _castInputStream;
  final Stream<Object?> Function(Stream<Object?>) _castOutputStream;

  _CastConverter(this._source, this._castInput, this._castOutput, this._castInputStream,
      this._castOutputStream);

  TT convert(TS input) => _castOutput(_source.convert(_castInput(input) as dynamic)) as dynamic;

  Stream<TT> bind(Stream<TS> stream) =>
      _castOutputStream(_source.bind(_castInputStream(stream) as dynamic)) as dynamic;

  Converter<RS, RT> cast<RS, RT>() => _source.cast<RS, RT>();
}

class _FusedConverter<S, M, T> extends Converter<S, T> {
  final Converter<S, M> _first;
  final Converter<M, T> _second;

  _FusedConverter(this._first, this._second);

  T convert(S input) => _second.convert(_first.convert(input));

  Sink<S> startChunkedConversion(Sink<T> sink) =>
      _first.startChunkedConversion(_second.startChunkedConversion(sink));
}

class _FusedCodec<S, M, T> extends Codec<S, T> {
  final Codec<S, M> _first;
  final Codec<M, T> _second;

  _FusedCodec(this._first, this._second);

  Converter<S, T> get encoder => _first.encoder.fuse<T>(_second.encoder);

  Converter<T, S> get decoder => _second.decoder.fuse<S>(_first.decoder);
}

class _InvertedCodec<T, S> extends Codec<T, S> {
  final Codec<S, T> _codec;

  _InvertedCodec(this._codec);

  Converter<T, S> get encoder => _codec.decoder;

  Converter<S, T> get decoder => _codec.encoder;

  Codec<S, T> get inverted => _codec;
}

/// A Codec between strings and bytes.
abstract class Encoding extends Codec<String, List<int>> {
  const Encoding();

  Converter<String, List<int>> get encoder;

  Converter<List<int>, String> get decoder;

  /// The text of the bytes of [byteStream], decoded in chunks as they arrive.
  Future<String> decodeStream(Stream<List<int>> byteStream) => decoder
      .bind(byteStream)
      .fold(StringBuffer(), (StringBuffer buffer, String string) => buffer..write(string))
      .then((StringBuffer buffer) => buffer.toString());

  /// The IANA name of the encoding ("utf-8", "us-ascii", "iso-8859-1").
  String get name;

  /// The encoding registered under [name] (any IANA alias, case-insensitive), or null.
  static Encoding? getByName(String? name) {
    if (name == null) return null;
    switch (name.toLowerCase()) {
      case "utf-8":
      case "utf8":
        return utf8;
      case "us-ascii":
      case "ascii":
      case "iso-ir-6":
      case "ansi_x3.4-1968":
      case "ansi_x3.4-1986":
      case "iso_646.irv:1991":
      case "iso646-us":
      case "us":
      case "ibm367":
      case "cp367":
      case "csascii":
        return ascii;
      case "iso-8859-1":
      case "latin1":
      case "l1":
      case "iso_8859-1:1987":
      case "iso-ir-100":
      case "iso_8859-1":
      case "ibm819":
      case "cp819":
      case "csisolatin1":
        return latin1;
    }
    return null;
  }
}
