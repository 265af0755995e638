"""The agenda editor: the steps of a session, their order, time boxes and the booked hours."""
