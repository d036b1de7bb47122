// Indexes the pathfinding queries rely on: program stacks look up programs of the same CIP.
CREATE INDEX pathfinding_program_cip IF NOT EXISTS FOR (p:Program) ON (p.cip);
