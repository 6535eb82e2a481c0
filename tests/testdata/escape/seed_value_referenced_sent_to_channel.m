seed_value_referenced_sent_to_channel.go:7:11: c does not escape
seed_value_referenced_sent_to_channel.go:8:2: moved to heap: x
seed_value_referenced_sent_to_channel.go:15:13: ... argument does not escape
seed_value_referenced_sent_to_channel.go:15:14: *(<-c).p escapes to heap
