import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byIdLoader, groupByKey } from '../../graphql/batch';
import { CityTheme } from './city-theme.entity';
import { PilotCity } from './pilot-city.entity';

export function createPilotCityLoaders(dataSource: DataSource) {
  return {
    pilotCityById: byIdLoader((ids) => dataSource.getRepository(PilotCity).findBy({ id: In(ids) })),
    themesByCity: new DataLoader<number, CityTheme[]>(async (cityIds) => {
      const themes = await dataSource.getRepository(CityTheme).find({
        where: { cityId: In([...cityIds]) },
        order: { position: 'ASC' },
      });
      return groupByKey(cityIds, themes, (theme) => theme.cityId);
    }),
  };
}
