#!/usr/bin/env perl
# A Loupe external plugin (docs/plugin-protocol.md) in Perl, using only core modules.
# Finds acronyms (2-6 capitals) and, when the text defines one as "Long Name (ABC)", its expansion.
# Offsets are UTF-8 bytes ("offsets": "utf8"), which is what Perl sees without decoding.
use strict;
use warnings;
use JSON::PP;

$| = 1;
my $json = JSON::PP->new->canonical;

sub analyze {
    my ($doc) = @_;
    my $text = $doc->{text};    # raw UTF-8 bytes
    my %expansion;
    # "Deutschen Gewerkschaftsbundes (DGB)": the capitalised words before the brackets.
    while ($text =~ /((?:[[:upper:]\x80-\xff][\w\x80-\xff-]*\s+){1,6})\(([A-Z]{2,6})\)/g) {
        my ($words, $acronym) = ($1, $2);
        $words =~ s/\s+$//;
        $expansion{$acronym} = $words;
    }
    my @spans;
    for my $token (@{ $doc->{tokens} }) {
        my ($start, $end) = @$token;
        my $word = substr($text, $start, $end - $start);
        next unless $word =~ /^[A-Z]{2,6}$/;
        my %span = (start => $start, end => $end, label => 'ACRONYM');
        $span{data} = { expansion => $expansion{$word} } if exists $expansion{$word};
        push @spans, \%span;
    }
    return { id => $doc->{id}, spans => \@spans };
}

while (my $line = <STDIN>) {
    my $message = $json->decode($line);
    my $type = $message->{type} // '';
    my $reply;
    if ($type eq 'hello') {
        $reply = { type => 'hello', protocol => 1, name => 'acronyms', version => '1.0',
                   languages => [], requires => [], offsets => 'utf8' };
    } elsif ($type eq 'analyze') {
        my @results = map { analyze($_) } @{ $message->{documents} };
        $reply = { type => 'result', id => $message->{id}, results => \@results };
    } elsif ($type eq 'shutdown') {
        last;
    } else {
        $reply = { type => 'error', id => $message->{id}, message => "unknown message type '$type'" };
    }
    print $json->encode($reply), "\n";
}
