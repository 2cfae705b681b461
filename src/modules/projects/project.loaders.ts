import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { loadThroughJoinTable } from '../../db/join-table';
import { byIdLoader, groupByKey } from '../../graphql/batch';
import { Technology } from '../taxonomy/technology.entity';
import { Project } from './project.entity';
import { RequirementSlot } from './requirement-slot.entity';

export function createProjectLoaders(dataSource: DataSource) {
  return {
    projectById: byIdLoader((ids) => dataSource.getRepository(Project).findBy({ id: In(ids) })),
    requirementSlotById: byIdLoader((ids) => dataSource.getRepository(RequirementSlot).findBy({ id: In(ids) })),
    slotsByProject: new DataLoader<number, RequirementSlot[]>(async (projectIds) => {
      const slots = await dataSource.getRepository(RequirementSlot).find({
        where: { projectId: In([...projectIds]) },
        order: { position: 'ASC' },
      });
      return groupByKey(projectIds, slots, (slot) => slot.projectId);
    }),
    technologiesBySlot: new DataLoader<number, Technology[]>((slotIds) =>
      loadThroughJoinTable(
        dataSource,
        Technology,
        { table: 'requirement_slot_technology', ownerColumn: 'requirement_slot_id', targetColumn: 'technology_id' },
        slotIds,
      ),
    ),
  };
}
